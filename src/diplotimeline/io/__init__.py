"""Reading and writing diplotimeline values and annotated corpora."""

__all__: list[str] = []
