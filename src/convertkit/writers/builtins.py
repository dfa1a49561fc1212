"""The built-in writers by name, as static tables: importing this imports nothing.

``registry`` finds writers from these and the entry-point group; the batch command reads the
names before anything else is loaded (``batch.arguments``), and listing commands and picking a
format by suffix use the extensions without importing a writer.
"""

BUILTIN_WRITERS: dict[str, str] = {
    "json": "convertkit.writers.json:JsonWriter",
    "txt": "convertkit.writers.text:TextWriter",
    "summary": "convertkit.writers.summary:SummaryWriter",
    "pdf": "convertkit.writers.pdf:PdfWriter",
    "docx": "convertkit.writers.docx:DocxWriter",
    "epub": "convertkit.writers.epub:EpubWriter",
}

BUILTIN_EXTENSIONS: dict[str, str] = {
    "json": ".json",
    "txt": ".txt",
    "summary": ".summary.txt",
    "pdf": ".pdf",
    "docx": ".docx",
    "epub": ".epub",
}
