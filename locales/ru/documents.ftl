# documents (ru): filled by its feature
