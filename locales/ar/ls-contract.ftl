# ls-contract (ar): filled by its feature
