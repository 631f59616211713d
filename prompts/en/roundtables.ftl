# roundtables texts (en).
