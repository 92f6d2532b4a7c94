# ls-punctuality (en): filled by its feature
