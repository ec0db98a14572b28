/** @module Error budgets per service: remaining, burn rate, and the freeze callout for exhausted ones. */
import type { InsightParams } from '../client/insight-queries.js';
import type { InsightsOverview } from '../client/types.js';
import { BudgetCallout } from '../components/budget-callout.js';
import { EmptyState } from '../components/empty-state.js';
import { CsvLink } from './csv-link.js';
import { formatBurnRate, formatMinutes, formatRate } from './format-insight.js';

export function BudgetsSection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const budgets = overview.errorBudgets;
  return (
    <section className="card insight-card wide" aria-labelledby="budgets-title">
      <div className="section-head">
        <h2 id="budgets-title">Error budgets</h2>
        <CsvLink
          path="/insights/error-budgets"
          table="budgets"
          params={params}
          label="error budgets"
        />
      </div>
      {budgets.length === 0 ? (
        <EmptyState title="No service has an SLO target">
          <p>
            Give a service an SLO target and window in the service catalog (for example 99.9% over
            30 days). Its budget is then spent by the impact of its incidents.
          </p>
        </EmptyState>
      ) : (
        <>
          <BudgetCallout budgets={budgets.filter((budget) => budget.exhausted)} />
          <div className="table-scroll">
            <table className="insight-table">
              <caption className="visually-hidden">
                Error budget of each service with an SLO
              </caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">SLO</th>
                  <th scope="col">Budget</th>
                  <th scope="col">Spent</th>
                  <th scope="col">Remaining</th>
                  <th scope="col">Burn rate</th>
                  <th scope="col">Last 7 days</th>
                  <th scope="col">Incidents</th>
                </tr>
              </thead>
              <tbody>
                {budgets.map((budget) => (
                  <tr key={budget.service} className={budget.exhausted ? 'exhausted' : undefined}>
                    <th scope="row">{budget.service}</th>
                    <td className="number">
                      {(budget.sloTarget * 100).toFixed(2).replace(/\.?0+$/, '')}% ·{' '}
                      {budget.windowDays} d
                    </td>
                    <td className="number">{formatMinutes(budget.budgetMinutes)}</td>
                    <td className="number">{formatMinutes(budget.consumedMinutes)}</td>
                    <td className="number">
                      {formatMinutes(budget.remainingMinutes)}{' '}
                      <span className="muted">({formatRate(budget.remainingFraction)})</span>
                      {budget.exhausted && (
                        <span className="badge budget-exhausted">Exhausted</span>
                      )}
                    </td>
                    <td className="number">{formatBurnRate(budget.burnRate)}</td>
                    <td className="number">{formatBurnRate(budget.burnRate7d)}</td>
                    <td className="number">{budget.incidents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small-print">
            A burn rate of 1× spends the budget exactly over the window; above 1× it runs out early.
          </p>
        </>
      )}
    </section>
  );
}
