export type { Claim, ClaimContext, ClaimScope, Reading, Term } from '../../model/claim';
