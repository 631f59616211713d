# concerns texts (de).
