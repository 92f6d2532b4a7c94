# ls-contract (en): filled by its feature
