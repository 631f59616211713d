# personal_data texts (de).
