package dev.parallax.store;

class InMemoryStoreTest extends StoreContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
