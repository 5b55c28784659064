# Frontline interface strings: English, the source of every translation.
#
# Each message is `key = text`. `{ $name }` is filled in by the game: keep
# it as it is in a translation. Plurals use Fluent's selectors, for example
#   scenarios-count = { $count ->
#       [one] { $count } scenario
#      *[other] { $count } scenarios
#   }
# Languages without plural forms (Thai, Vietnamese, ...) write one text.

## Language

language-label = Language

## Window and top bar

window-title = Frontline: do-no-harm training
app-name = Frontline
nav-home = Home
nav-scenarios = Scenarios
nav-guide = Guide
nav-settings = Settings
nav-facilitator = Facilitator
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {", "}

## Words the game uses on many screens

area-identification = Victim identification
area-shelter = Recovery, reflection and shelter
area-return = Return and reintegration
area-health = Medical and mental healthcare
area-justice = Criminal justice process
role-police = Police officer
role-labour-inspector = Labour inspector
role-immigration-officer = Immigration or border officer
role-social-worker = Social worker
role-shelter-staff = Shelter staff
role-health-worker = Health worker
role-interpreter = Interpreter
role-prosecutor = Prosecutor or lawyer
role-ngo-worker = NGO worker
mode-coach = Coach
mode-assessment = Assessment
tone-good = Good
tone-mixed = Mixed
tone-poor = Poor
tone-good-outcome = A good outcome
tone-mixed-outcome = A mixed outcome
tone-poor-outcome = A poor outcome
harm-caused = caused
harm-avoided = avoided
harm-caused-label = Harm caused
harm-avoided-label = Harm avoided
note-good-practice = Good practice
note-challenge = Challenge
# Where a piece of guidance comes from in the guide.
citation = { $area }, harm { $number }
citation-page = { $area }, harm { $number }, p. { $page }
pseudonym-looks-like-email = This looks like an e-mail address. Please choose a pseudonym instead: it is kept with your results and shared with your facilitator.
pseudonym-looks-like-phone = This looks like a phone number. Please choose a pseudonym instead: it is kept with your results and shared with your facilitator.
code-missing = Please enter the workshop code your facilitator gave you.
code-characters = A workshop code has only letters A to Z and digits.
code-length = A workshop code has { $min } to { $max } letters and digits; this one has { $count }.

## Notices about saving

notice-progress-unreadable = Your saved progress could not be read ({ $reason }). It was kept as { $path } and a new record was started.
notice-progress-not-saved = Progress could not be saved to { $folder }: { $reason }
notice-result-not-saved = The result could not be saved: { $reason }

## Scenario file problems (over any screen)

problems-title = Scenario file problems
problems-intro = These files have errors. The last good version of each scenario stays playable; fix the file and save it to reload.
problems-error = error: { $message }
problems-fix = fix: { $help }

## Welcome (first run)

welcome-title = Welcome to Frontline
welcome-intro = Frontline trains the people who meet victims of trafficking first. You will play short scenarios drawn from the ASEAN Do-No-Harm Guide for Frontline Responders. Each choice can cause or avoid a harm the guide names; after each scenario a debrief explains why, with the guide's advice.
welcome-name = Your name or a pseudonym
welcome-name-privacy = Only this name is kept, on this computer. A facilitator sees it only if you export your results.
welcome-name-hint = for example: Mai or Trainee 7
welcome-role = Your role
welcome-start = Start  (Enter)
welcome-not-ready = Enter a name and pick a role to start.
welcome-name-missing = Please enter a name or pseudonym.

## Home

home-trainee = trainee
home-hello = Hello, { $name }
home-completed = { $count ->
    [one] You have completed { $done } of { $count } scenario.
   *[other] You have completed { $done } of { $count } scenarios.
}
home-continue-title = Continue where you left off
home-continue-run = { $count ->
    [one] { $title }: { $count } decision made, started { $started }.
   *[other] { $title }: { $count } decisions made, started { $started }.
}
home-continue = Continue  (C)
home-discard = Discard this run
home-choose-scenario = Choose a scenario  (S)
home-read-guide = Read the guide  (G)
home-settings = Settings
home-workshop-title = In a workshop?
home-workshop-intro = Enter the code your facilitator gives the room. Everyone then meets the same person and events, and your results carry the code.
home-workshop-hint = code
home-workshop-use = Use this code
home-workshop-leave = Leave workshop
home-workshop-in-use = Workshop code in use: { $code }
home-workshop-none = No workshop code: each run meets a person picked at random.
home-resume-failed = The saved run cannot continue: { $reason }. It was kept; start the scenario again to replace it.
home-resume-missing = The saved run is for the scenario “{ $scenario }”, which is not available now.

## Scenarios (browser)

browser-title = Scenarios
browser-your-role-first = Scenarios for your role ({ $role }) come first in each area.
browser-play = Play
browser-completed = Completed · best { $best }/100
browser-in-progress = In progress
browser-not-played = Not played yet
browser-roles-minutes = { $roles } · about { $minutes } min
browser-content-notes = Content notes: { $notes }
browser-scenario-missing = The scenario “{ $scenario }” is not available.

## Content notes (before a scenario)

notes-none-selected = No scenario is selected.
notes-back = Back to scenarios
notes-setting = Setting: { $setting }
notes-title = Before you start: content notes
notes-none = This scenario has no content notes.
notes-care = Some trainees have lived through situations like these. You can pause at any time with Esc, and stop with S; your place is kept. Take care of yourself, and speak to your facilitator if you need to.
notes-mode-coach = Coach mode: you will see a short note after each choice that touches a harm.
notes-mode-assessment = Assessment mode: feedback comes only in the debrief at the end.
notes-workshop = Workshop { $code }: you will meet the same person as the rest of the room.
notes-begin = Begin  (Enter)
notes-not-now = Not now  (Esc)
journey-section = Case journeys
journey-section-explained = Follow one person through several stages, each played in a different role: what each responder does is handed on to the next.
journey-checking = Checking the case journeys…
journey-none = There are no case journeys in this scenarios folder.
journey-start = Start the journey
journey-stage-role = { $number }. { $role }
journey-not-started = No journey has been started.
journey-stage-of = Stage { $number } of { $total } · your role: { $role }
journey-handed = What you are handed
journey-handed-nothing = Nothing was passed on to you.
journey-handed-partial = This is what the responder before you passed on, not everything that happened.
journey-begin-stage = Begin this stage  (Enter)
journey-leave = Leave the journey for now
journey-see-whole = See the whole journey
journey-hand-over = Hand over to the next stage: { $role }
journey-no-debrief = Finish every stage of a journey to see its debrief.
journey-debrief-title = The journey: { $title }
journey-total = Whole journey: { $score }/100
journey-total-estimate = Whole journey: about { $score }/100
journey-total-explained = All the stages' points, between the best and the worst the whole journey allows.
journey-stages = Stage by stage
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = Harms caused here: { $harms }
journey-chains = How one stage shaped the next
journey-no-chains = In this journey, no harm at one stage led to a harm at a later one.
journey-chain = { $from } (stage { $from_stage }) ➡ { $to } (stage { $to_stage })
journey-again = Play the journey again
journey-cannot-continue = The journey cannot be continued: { $reason }
journey-continue-short = Continue the journey under way
journey-from-file = Continue a journey another trainee handed over: the path of the handover file (from a USB stick or a shared folder).
journey-from-file-button = Continue from the file
journey-save-handover = Save a handover file for a trainee on another laptop
journey-handover-written = The handover file is saved: { $path }. Give it to the trainee who plays the next stage.
journey-handover-not-written = The handover file was not saved: { $reason }
journey-handover-not-read = This handover file cannot be continued: { $reason }
journey-played-by = Played so far by
journey-played-by-stage = Stage { $number }: { $trainee } ({ $role })
journey-now-playing = Playing now: { $name }
journey-next-trainee = Another trainee takes over on this laptop:
journey-take-over = Take over

## Play

play-none = No scenario is running.
play-stop = Stop  (S)
play-stop-hint = Leave; your place is kept
play-pause = Pause  (Esc)
play-person = Person: { $person }
play-decision = Decision { $number }
play-trust = Trust { $value }
play-safety = Safety { $value }
play-wellbeing = Wellbeing { $value }
play-paused = Paused
play-paused-text = Take the time you need. Your place is saved.
play-resume = Resume  (Esc)
play-stop-home = Stop and return home  (S)
play-coach = Coach
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = Press a number key to choose.
play-room-vote = Room vote
play-room-vote-intro = Ask the room to vote, then enter how many chose each option.
play-follow-majority = Follow the majority
play-follow = Follow { $number }
play-error-ended = The scenario has ended; there is nothing left to choose.
play-error-not-open = Choice { $number } is not open here; the open choices are { $open }.
play-error-wrong-scenario = This run was saved for the scenario “{ $saved }”, not “{ $found }”.
play-error-changed = The scenario has changed since this run was saved (decision { $number } is no longer possible).
play-error-no-decision = { $made ->
    [one] There is no decision { $number } to go back to; this run has { $made } decision.
   *[other] There is no decision { $number } to go back to; this run has { $made } decisions.
}

## Debrief

debrief-none = There is no debrief yet: finish a scenario first.
debrief-choose-scenario = Choose a scenario
debrief-title = Debrief: { $title }
debrief-person = Person met: { $person }
debrief-decisions = Your decisions
debrief-no-harm = No decision in this run touched a harm.
debrief-play-another = Play again with another person  (N)
debrief-play-same = Play the same run again  (R)
debrief-back = Back to scenarios
debrief-score = Your score
debrief-score-explained = / 100 overall
    from the harms you caused and avoided, against the best and worst this scenario allows
debrief-overall = Overall
debrief-decision = Decision { $number }
debrief-room-vote = Room vote  { $votes }  (followed { $followed })
debrief-you-chose = You chose: { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (severity { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = Why it matters: { $why }
debrief-guide-advises = What the guide advises
debrief-try-again = ↺ Try again from this decision
debrief-timeline-key = ✔ harm avoided   ✖ harm caused   · no harm touched

## Guide

guide-title = The Do-No-Harm Guide
guide-source = In the project's own words, with citations. Source: { $source }
guide-search = Search:
guide-search-hint = for example: interpreter, child, shelter
guide-clear = Clear
guide-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
guide-scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
guide-concepts = Key concepts
guide-page = Guide, p. { $page }
guide-all-harms = ← All harms
guide-guidance = Do No Harm guidance
guide-consultations = From the national consultations
guide-note-country = { $kind } ({ $country })
guide-trained-by = Scenarios that train this harm
guide-none-yet = None yet.
guide-play = Play

## Settings

settings-title = Settings
settings-reading = Reading
settings-text-size = Text size
settings-high-contrast = High-contrast theme (light text on black)
settings-feedback = Feedback while playing
settings-mode-coach = Coach: a short note after each choice that touches a harm
settings-mode-assessment = Assessment: feedback only in the debrief
settings-you = You
settings-name = Name or pseudonym
settings-role = Role
settings-role-choose = choose
settings-save-trainee = Save name and role
settings-data = Your data
settings-data-kept = Progress and results are kept only on this computer, in { $folder }. Nothing leaves it unless you export it.
settings-data-not-saved = Progress is not being saved in this session.
settings-export = Export my results
settings-export-hint = One file with all your results, for your facilitator
settings-export-workshop = Export my results for workshop { $code }
settings-delete = Delete my results and progress…
settings-delete-warning = This deletes your saved results and progress on this computer. Exported files are not affected.
settings-delete-confirm = Yes, delete them
settings-delete-cancel = Cancel

## Facilitator (dashboard)

dashboard-title = Facilitator
dashboard-refresh = Refresh the report
dashboard-export-csv = Export the report as CSV
dashboard-before = 1. Before the session: a code for the room
dashboard-before-intro = Give the room a short code. Everyone who enters it meets the same person and events, and their results carry the code.
dashboard-code = Workshop code
dashboard-new-code = New code
dashboard-use-code = Use on this computer too
dashboard-during = 2. During the session: group play on a projector
dashboard-group-play = Group play: at each decision, enter the room's votes and follow the majority or your pick
dashboard-group-play-hint = Then start a scenario from Scenarios; the debrief shows how the room split at each decision.
dashboard-after = 3. After the session: collect the results
dashboard-after-intro = Each trainee exports their results (Settings, Export my results) to a file on a USB stick or a shared folder. Import the files or the whole folder here.
dashboard-import-hint = folder or file, e.g. /media/usb/results
dashboard-import = Import
dashboard-report-workshop = Workshop { $code }: { $trainees ->
    [one] { $trainees } trainee
   *[other] { $trainees } trainees
}, { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}
dashboard-report-all = All results: { $trainees ->
    [one] { $trainees } trainee
   *[other] { $trainees } trainees
}, { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}
dashboard-no-results = No results yet for this code.
dashboard-not-played = Scenarios nobody has played yet
dashboard-harms-caused = The harms the group caused most
dashboard-caused-avoided = ✖ { $caused } caused · ✔ { $avoided } avoided
dashboard-scores = Scores by scenario
dashboard-col-scenario = Scenario
dashboard-col-attempts = Attempts
dashboard-col-mean = Mean
dashboard-col-lowest = Lowest
dashboard-col-highest = Highest
dashboard-decisions = How the group chose at each decision
dashboard-decision = { $scenario }: decision at “{ $node }” ({ $count } took it)
dashboard-trainees = { $count ->
    [one] Trainees and scores ({ $count } attempt)
   *[other] Trainees and scores ({ $count } attempts)
}
dashboard-col-trainee = Trainee
dashboard-col-role = Role
dashboard-col-score = Score
dashboard-col-ending = Ending
dashboard-ending = { $ending } ({ $tone })

## Files (import, export, delete)

files-not-saving = Results are not being saved in this session.
files-not-read = Not read: { $file }
files-import-no-path = Type the path of a results file or folder first.
files-imported = Imported { $imported ->
    [one] { $imported } new result
   *[other] { $imported } new results
} from { $files ->
    [one] { $files } file
   *[other] { $files } files
}; { $already } already here, { $duplicates ->
    [one] { $duplicates } duplicate
   *[other] { $duplicates } duplicates
}, { $skipped } skipped.
files-not-written = { $count ->
    [one] { $count } result could not be written: check that the disk has space and try again.
   *[other] { $count } results could not be written: check that the disk has space and try again.
}
files-skipped = Skipped: { $file }
files-set-aside = Set aside, another copy differs: { $file }
files-no-report = There is no report to export yet.
files-report-saved = Report saved as { $path }
files-report-not-saved = The report could not be saved: { $reason }
files-exported = { $count ->
    [one] { $count } result saved to { $path }. Copy this file to the USB stick or shared folder your facilitator gives you.
   *[other] { $count } results saved to { $path }. Copy this file to the USB stick or shared folder your facilitator gives you.
}
files-not-exported = Nothing was exported: { $reason }.
files-not-deleted = Some results could not be deleted: { $reason }

## Facilitator: sending the results to the learning record store

lrs-title = 4. After the workshop: send the results to your programme's learning record store
lrs-explained = The results in the report go to the learning record store (LRS) your programme set up for this computer (see the README). Sending again never stores a result twice.
lrs-send = Send to the learning record store
lrs-sending = Sending: { $done } of { $total } results' statements…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = The store did not answer; trying again in { $seconds } s (try { $attempt } of { $tries }): { $why }
lrs-done = Sent: { $sent } stored now, { $already } were already there, { $failed } not stored, of { $total }.
# The reason comes from the store or the network, in English.
lrs-stopped = The send stopped: { $reason }. { $delivered } of { $total } statements are in the store; send again to finish.
lrs-not-configured = There is no learning record store to send to: { $reason }

## Translation marks

# Beside a scenario or the guide whose translation no native speaker has reviewed yet.
mark-draft = Draft translation
mark-draft-hover = Translated, but not yet reviewed by a native speaker. Tell your facilitator if something reads wrong.
# Before a text shown in English because it has no translation yet.
mark-english = EN
mark-english-hover = Not translated yet: shown in English.

## Command line: the debrief of `run` and `play`

cli-debrief-title = === Debrief: { $title } ===
cli-person-met = Person met: { $profile } (seed { $seed })
cli-ending = Ending: { $title } [{ $tone }]
cli-no-ending = The run has not reached an ending yet.
cli-score = Score: { $score }/100  { $bar }  ({ $points } points; reachable { $worst } to { $best })
cli-decisions-that-mattered = Decisions that mattered:
cli-you-chose = { $number }. You chose: { $choice }
cli-caused = CAUSED
cli-avoided = AVOIDED
cli-harm-line = { $mark } { $id } { $title } (severity { $severity })
cli-why-it-matters = Why it matters: { $why }
cli-no-harm-touched = No decision in this run touched a harm.
cli-case-title = { $title } (case { $case }, seed { $seed })
cli-case-stage = == Stage { $number } of { $count }: { $title } ({ $role }) ==
cli-case-handover = Handed over:
cli-case-handover-none = Nothing was handed over.
cli-case-stops = -- The journey stops here; open choices:
cli-case-journey = === The journey: { $title } ===
cli-case-stage-score = Stage { $number }, { $title }: { $score }/100
cli-case-total = Case total: { $score }/100  { $bar }  ({ $points } points; reachable over the whole case { $worst } to { $best })
cli-case-estimate = The best and worst totals are estimates: the case's situations were too many to follow them all.
cli-case-chains = How one stage led to another:
cli-case-chain = { $from } at stage { $from_stage }, then { $to } at stage { $to_stage }
cli-case-no-chain = No harm at one stage led to one of the case's chains at a later stage.

## Facilitator's report (`frontline report`)

report-scope-workshop = Workshop { $code }
report-scope-all = All results
report-summary = { $scope }: { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    } by { $trainees ->
        [one] { $trainees } trainee
       *[other] { $trainees } trainees
    }
report-no-results = No results to report.
report-not-played = Scenarios nobody has played yet
report-trainees = Trainees
report-col-trainee = Trainee
report-col-role = Role
report-col-scenario = Scenario
report-col-score = Score
report-col-ending = Ending
report-col-mode = Mode
report-col-finished = Finished
report-scores-by-scenario = Scores by scenario (0-100)
report-col-attempts = Attempts
report-col-mean = Mean
report-col-min = Min
report-col-max = Max
report-col-mean-score = Mean score
report-endings = { $scenario } endings: { $endings }
report-harms-most-caused = Harms the group caused most
report-col-harm = Harm
report-col-title = Title
report-col-caused = Caused
report-col-avoided = Avoided
report-how-the-group-chose = How the group chose
report-decision = { $scenario } / { $node } (decision { $decision }, taken { $taken ->
        [one] { $taken } time
       *[other] { $taken } times
    })
report-causes = causes { $harms }
report-avoids = avoids { $harms }
report-journeys = Case journeys across trainees
report-journey = { $case } (journey { $journey }): { $played } of { $stages ->
        [one] { $stages } stage
       *[other] { $stages } stages
    } played
report-journey-stage = Stage { $stage }, { $role }: { $trainee }, score { $score }, { $ending } ({ $tone })
report-journey-missing = Stage { $stage }: not played yet

## Command line: `play` in the terminal

terminal-content-notes = Content notes: { $notes }
terminal-keys = Type the number of a choice and press Enter. b = back one decision, q = quit.
terminal-back = -- Back to an earlier decision --
terminal-meters = (trust { $trust }, safety { $safety }, wellbeing { $wellbeing })
terminal-first-decision = This is the first decision.
terminal-coach = Coach: { $text }
terminal-not-open = Choice { $number } is not open here; the open choices are { $open }.
terminal-type-a-number = Type a choice number, b or q.
terminal-line-too-long = That line is too long. Type the number of a choice and press Enter.
terminal-line-not-text = That line is not valid text (UTF-8). Type the number of a choice and press Enter.
terminal-stopped = Stopped.
terminal-replay = Replay this run with: { $command }
terminal-file-position = (choice { $position } in the file)
terminal-run-stops = -- The run stops here; open choices:
cli-new-written = Wrote { $path } from the template.
cli-new-next =
    Next steps:
      1. Open { $path } in a text editor. Each part is explained in a note (the lines starting with //); replace the example texts with your story.
      2. Check it after each change: frontline check { $path }
      3. Play it in the terminal: frontline --scenarios { $folder } play { $id }
         or in the game, which lists the scenarios of { $folder } and reloads the file each time you save it.
      4. Everything about the format: docs/authoring.md

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = Map
browser-map-hint = The scenario as a map of its scenes and choices
problems-map = Map of { $file }
map-heading = Scenario map
map-title = Map: { $title }
map-none = No map to show. Open one from the scenario browser.
map-unreadable = Cannot read { $file }: { $reason }
map-does-not-compile = { $file } has errors that stop it from being mapped. Fix those listed below, save, and the map appears.
map-errors = { $count ->
        [one] This file has { $count } error; the map shows the rest
       *[other] This file has { $count } errors; the map shows the rest
    }
map-error-line = line { $line }: { $message }
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-fit = Fit
map-paths = Best and worst path
map-back = Back to scenarios
map-legend = ✖ harm caused · ✔ harm avoided · dashed: random branch · dotted: never taken · ⚠ unreachable · drag to move, scroll to zoom, click a box to read it
map-best = ★ best path: { $points } points
map-worst = ⬇ worst path: { $points } points
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = Decision
map-kind-passage = Passage
map-kind-random = Random event
map-kind-ending = Ending: { $tone }
map-start = ▶ Start
map-unreachable = ⚠ Unreachable: no run gets here
map-unreachable-nodes = ⚠ Scenes no run reaches:
map-unreachable-short = unreachable
map-line = Line { $line } of { $file }
map-select-hint = Click a box to see its text, choices and line.
map-play-from-here = Play from here
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = On arrival: { $effects }
map-when = Only when: { $condition }
map-effects = Effects: { $effects }
map-causes = { $mark } causes { $harm } (severity { $severity })
map-avoids = { $mark } avoids { $harm } (severity { $severity })
map-feedback = Coaching: { $feedback }
map-branch = Random branch, weight { $weight }
map-never-open = Never taken: no run can take it here
map-goes-to = ➡ { $node }
play-test-run = Test run from “{ $node }”: not saved and not a result.
play-back-to-map = Back to the map
play-test-ending = Ending: { $title } ({ $tone })
