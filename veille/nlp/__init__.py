"""spaCy components, one package per stage, each registered as the factory "veille_<stage>" (config: its language
and thresholds) with requires/assigns; see veille/nlp/stage.py."""
