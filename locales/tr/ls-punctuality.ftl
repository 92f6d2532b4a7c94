# ls-punctuality (tr): filled by its feature
