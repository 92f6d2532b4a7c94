# documents (tr): filled by its feature
