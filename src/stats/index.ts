// Drift statistics: pure functions on weighted samples and category counts, each checked against SciPy.

export { benjaminiHochberg } from './benjaminiHochberg.js';
export { alignCategories, countCategories, OTHER_CATEGORY, type AlignedCounts } from './categories.js';
export { chiSquareFromCounts, chiSquareHomogeneity, type ChiSquareResult } from './chiSquareHomogeneity.js';
export { chiSquareSurvival, logGamma, regularizedUpperGamma } from './chiSquareDistribution.js';
export { linspace, openBinCounts, uniformHistogram } from './histogram.js';
export { categoricalJensenShannon, jensenShannonDistance, numericJensenShannon, pooledHistogram, JENSEN_SHANNON_BINS } from './jensenShannonDistance.js';
export { kolmogorovSurvival, smirnovSurvival } from './kolmogorovDistribution.js';
export { ksFromStatistic, ksStatistic, ksTwoSample, type KsResult } from './ksTwoSample.js';
export { categoricalPsi, decileEdges, psi, psiFromCounts, PSI_FLOOR } from './psi.js';
export { exactSample, linearQuantile, sampleMoments, valueAtRank, weightedSample, weightSum } from './sample.js';
export { wassersteinDistance } from './wassersteinDistance.js';
export { fSurvival, regularizedBeta, regularizedBetaUpper, studentTSurvival } from './betaDistribution.js';
export { brownForsythe, brownForsytheFrom, medianDeviations, welchFromMoments, welchTTest, type Deviations, type TestResult } from './locationScale.js';
export { coarsenCategories, coarsenedChiSquare, totalVariation, LUMPED, MIN_EXPECTED, type Coarsened } from './coarsen.js';
export { unseenShare, type UnseenResult } from './unseen.js';
export { pooledRanks } from './ranks.js';
export { pooledScan, type PooledScan } from './pooledScan.js';
export { chiSquareCritical, noncentralChiSquareSurvival, normalQuantile, requiredNoncentrality } from './power.js';
