# trainings texts (en).
