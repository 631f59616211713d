# trainings texts (de).
