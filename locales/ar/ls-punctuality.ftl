# ls-punctuality (ar): filled by its feature
