# documents (de): filled by its feature
