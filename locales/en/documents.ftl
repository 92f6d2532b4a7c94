# documents (en): filled by its feature
