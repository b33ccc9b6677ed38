package dev.parallax.model;

/** The kinds of named entity Parallax recognises. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  /** A proper name whose kind the rules could not decide. */
  OTHER
}
