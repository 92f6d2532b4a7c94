# ls-punctuality (de): filled by its feature
