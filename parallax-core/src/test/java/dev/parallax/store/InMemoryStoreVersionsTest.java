package dev.parallax.store;

class InMemoryStoreVersionsTest extends StoreVersionsContract {
  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
