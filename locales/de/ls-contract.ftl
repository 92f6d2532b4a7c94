# ls-contract (de): filled by its feature
