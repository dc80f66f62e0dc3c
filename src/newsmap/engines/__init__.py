"""Drivers that run the pipeline over many articles and write them to a store."""
