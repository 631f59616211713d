# concerns texts (en).
