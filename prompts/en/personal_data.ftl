# personal_data texts (en).
