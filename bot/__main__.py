"""`python -m bot` is an alias of the `vahti` command."""

from bot.cli import main

if __name__ == "__main__":
    main()
