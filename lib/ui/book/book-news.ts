/**
 * What the background says of an org's book (its refresh's progress, accounts, end; a role fix; a
 * session change), applied to the store: with a cached book on screen a refresh's book is shown once
 * whole; without one, as it comes.
 */
import type { BookBackend } from './book-backend';
import type { BookPlans } from './book-plans';
import type { FromBook } from '../../shared/book/model';
import type { BookStore } from './store-types';

export interface BookNewsContext {
  store: BookStore;
  plans: BookPlans;
  backend: BookBackend;
}

export function onBookNews({ store, plans, backend }: BookNewsContext, org: string, news: FromBook, autoRefresh: () => void): void {
  if (store.getState().org !== org || news.org !== org) return;
  const { meta } = store.getState();
  switch (news.type) {
    case 'state':
      if (news.run === null && store.getState().refreshing) {
        // The background restarted mid-refresh: that refresh is gone, the shown book stays.
        store.setState({ refreshing: null, failure: { message: 'The refresh stopped when the extension restarted. The book shown is unchanged; refresh again.' } });
      }
      if (news.run !== null) store.setState({ refreshing: news.progress, failure: null });
      else if (news.failure && !store.getState().failure) store.setState({ failure: news.failure });
      if (news.run === null) autoRefresh();
      return;
    case 'accounts':
      if (plans.liveRun !== news.run) {
        plans.liveRun = news.run;
        plans.live = [];
      }
      plans.live.push(...news.accounts);
      store.setState({ refreshing: news.progress, failure: null });
      // With a cached book on screen the new one is shown once whole; without one, as it comes.
      if (!meta) void plans.loadSends(news.accounts).then(() => plans.add(news.accounts));
      return;
    case 'finished':
      if (news.outcome === 'saved') {
        const accounts = plans.live.length === news.meta.total ? plans.live : null;
        store.setState({ meta: news.meta, refreshing: null, failure: null, partial: false, lastCalls: null, notice: `Book refreshed: ${news.meta.total.toLocaleString()} accounts.` });
        void (accounts ? Promise.resolve(accounts) : backend.readCache(org).then((b) => b?.accounts ?? [])).then(async (fresh) => {
          await plans.loadSends(fresh);
          await plans.whole;
          await plans.show(fresh, false);
        });
      } else {
        const stopped = news.outcome === 'cancelled' ? { failure: null, notice: 'Refresh cancelled. The book shown is unchanged.' } : { failure: news.failure };
        store.setState({ refreshing: null, ...stopped, lastCalls: news.calls, partial: !meta && plans.planned.size > 0 });
      }
      return;
    case 'session':
      // Signed in, out, or as someone else: who is signed in is asked again, and the book shown follows.
      void backend.orgs().then((orgs) => store.setState({ orgs }), () => undefined);
      void store.getState().chooseOrg(org, true);
      return;
    case 'account': {
      plans.live = plans.live.map((a) => (a.id === news.account.id ? news.account : a));
      if (plans.planned.has(news.account.id)) void plans.add([news.account]);
      return;
    }
  }
}
