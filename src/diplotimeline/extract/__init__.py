"""Text to model: rules, gazetteers and the productions that turn matches into values."""

__all__: list[str] = []
