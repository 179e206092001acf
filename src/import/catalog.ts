/**
 * What the importer matches the text against: the starter catalog and the workspace's
 * catalogs (units, indicators with their Vietnamese labels, organisations, legal documents).
 * Plain data, so that the patterns stay pure; `loadCatalog` (catalog-loader.ts) reads it.
 */
export interface CatalogUnit {
    readonly name: string;
    /** the unit it is a kind of ("trẻ" < "người") */
    readonly base?: string;
    readonly ratio?: boolean;
}

export interface CatalogIndicator {
    readonly name: string;
    readonly label: string;
    readonly unit: string;
    /** the parts of each sum formula (`= a + b`) */
    readonly sums: readonly (readonly string[])[];
    /** the catalog file it is declared in; undefined for the starter catalog */
    readonly file?: string;
}

export interface CatalogOrg {
    readonly name: string;
    readonly label: string;
    readonly code?: string;
    readonly file?: string;
}

export interface CatalogLegal {
    readonly symbol: string;
    readonly file?: string;
}

export interface Catalog {
    readonly units: readonly CatalogUnit[];
    readonly indicators: readonly CatalogIndicator[];
    readonly orgs: readonly CatalogOrg[];
    readonly legal: readonly CatalogLegal[];
}

export const EMPTY_CATALOG: Catalog = { units: [], indicators: [], orgs: [], legal: [] };
