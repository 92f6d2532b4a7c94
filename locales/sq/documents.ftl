# documents (sq): filled by its feature
