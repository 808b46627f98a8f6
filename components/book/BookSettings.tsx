import { FlagField } from '../options/fields/FlagField';
import { SelectField } from '../options/fields/SelectField';

/**
 * Options → Salesforce → My book: whose accounts the book is, a segment filter, and when opening the
 * book reads it again, and where Start opens an account. The issue gives the rule and the filter; the
 * refresh age and where Start opens are the team's choices.
 */
export function BookSettings() {
  return (
    <fieldset>
      <legend>My book</legend>
      <SelectField
        path="book.who"
        label="My book is the accounts where"
        choices={[
          { value: 'csm-or-owner', label: 'the CSM field is me, or the Owner is me' },
          { value: 'csm', label: 'the CSM field is me' },
          { value: 'owner', label: 'the Owner is me' },
        ]}
        hint="“The CSM field” is the Account lookup the CSM field above names (CSM__r.Name → CSM__c), when it is a lookup to a user."
      />
      <FlagField path="book.segments.csmAssigned" label="Include CSM-Assigned accounts" />
      <FlagField path="book.segments.scale" label="Include Scale accounts" />
      <FlagField
        path="book.segments.techTouch"
        label="Include Tech Touch accounts"
        hint="With all three on there is no segment filter (accounts without a segment are included too). The filter uses each segment's name and the spellings mapped to it under Programs."
      />
      <SelectField
        path="book.refreshAfter"
        label="Read the book again on opening when it is older than"
        choices={[
          { value: '0', label: 'always' },
          { value: '15', label: '15 minutes' },
          { value: '60', label: '1 hour (the team’s choice)' },
          { value: '240', label: '4 hours' },
          { value: '1440', label: '1 day' },
          { value: 'never', label: 'never: only when I click Refresh' },
        ]}
        hint="The team's choice: the seeds do not say how fresh the book must be. Every refresh costs a few Salesforce API calls."
      />
      <SelectField
        path="book.startIn"
        label="Start opens the account in"
        choices={[
          { value: 'gainsight', label: 'Gainsight Customer360, on the tenant I last opened (the team’s choice)' },
          { value: 'salesforce', label: 'Salesforce Lightning' },
        ]}
        hint="Start playbook fills Cockpit's Create CTA form, so Customer360 is where a sequence starts. Until you have opened a Customer360 or Cockpit page, Start opens the account in Salesforce."
      />
      <SelectField
        path="book.workweek"
        label="My workdays"
        choices={[
          { value: 'mon-fri', label: 'Monday to Friday' },
          { value: 'sun-thu', label: 'Sunday to Thursday' },
          { value: 'mon-sat', label: 'Monday to Saturday' },
          { value: 'all', label: 'every day' },
        ]}
        hint="The queue's due dates fall on your workdays, in this browser's time zone."
      />
      <SelectField
        path="book.offDays"
        label="A send due on a day off is due on"
        choices={[
          { value: 'after', label: 'the next workday (the team’s choice: never before its rule’s day)' },
          { value: 'before', label: 'the workday before' },
        ]}
      />
      <SelectField
        path="book.fatigueEmails"
        label="Fatigue guard: at most this many program emails per contact"
        choices={[{ value: 'off', label: 'no limit (off)' }, ...['1', '2', '3', '4', '5', '6', '8', '10'].map((n) => ({ value: n, label: n === '3' ? '3 (the team’s choice)' : n }))]}
        hint="The seeds set no limit: this is the team's choice. A send that would cross it says so on its row, with the day it becomes fine."
      />
      <SelectField
        path="book.fatigueDays"
        label="Fatigue guard: in this many days"
        choices={['3', '5', '7', '10', '14', '30'].map((n) => ({ value: n, label: n === '7' ? '7 (the team’s choice)' : n }))}
      />
      <SelectField
        path="book.undoMinutes"
        label="Each action in the queue can be undone for (minutes)"
        choices={['2', '5', '10', '30', '60'].map((n) => ({ value: n, label: n === '10' ? '10 (the team’s choice)' : n }))}
        hint="The seeds say nothing of undo: how long it lasts is the team's choice. Each action's Undo says until when it is there."
      />
    </fieldset>
  );
}
