"""The app's panes: each shows one thing and tells the app what the user chose."""
