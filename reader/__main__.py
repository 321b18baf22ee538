try:
    from reader.cli import main

    status = main()
except KeyboardInterrupt:  # ctrl+c while the command was loading, or in its last moments
    status = 130
raise SystemExit(status)
