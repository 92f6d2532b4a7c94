# ls-appointment (tr): filled by its feature
