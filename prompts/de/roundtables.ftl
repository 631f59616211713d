# roundtables texts (de).
