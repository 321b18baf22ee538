try:
    from reader.cli import main
except KeyboardInterrupt:  # ctrl+c while the command was still loading: nothing to keep
    raise SystemExit(130) from None

raise SystemExit(main())
