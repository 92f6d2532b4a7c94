# interview (ar): filled by its feature
