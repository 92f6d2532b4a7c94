# documents (ar): filled by its feature
