# interview (tr): filled by its feature
