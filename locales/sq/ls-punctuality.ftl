# ls-punctuality (sq): filled by its feature
