# ls-punctuality (ru): filled by its feature
