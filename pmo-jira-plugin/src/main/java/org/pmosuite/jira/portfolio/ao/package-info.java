/**
 * The Active Objects entities of portfolios. Table and column names are frozen: they live in customers' databases
 * (the jar test {@code PersistentIdentifiersIT} lists the tables). Every row carries its portfolio's id, so a read
 * takes one query per table and a deletion one statement per table; every entity is
 * {@link net.java.ao.Preload preloaded}, so a query reads its rows' columns at once rather than one query per getter.
 */
package org.pmosuite.jira.portfolio.ao;
