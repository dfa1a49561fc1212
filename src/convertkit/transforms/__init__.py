"""Text and document transforms: punctuation normalisation (GB/T 15834), script conversion."""
