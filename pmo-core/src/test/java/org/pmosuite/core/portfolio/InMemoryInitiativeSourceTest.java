package org.pmosuite.core.portfolio;

class InMemoryInitiativeSourceTest extends InitiativeSourceContract {

    @Override
    protected InitiativeSource adapterOver(Fixture fixture) {
        return new InMemoryInitiativeSource(fixture);
    }
}
