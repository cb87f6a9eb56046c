"""Reading articles: decoding, HTML/DOCX/PDF text, wire-copy metadata."""
