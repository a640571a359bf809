"""spaCy components, one per module, registered as "veille_<name>" with requires/assigns."""
