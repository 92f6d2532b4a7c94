# ls-contract (ru): filled by its feature
