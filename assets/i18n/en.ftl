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

## Names of the guide's areas, the roles, and an ending's tone

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
tone-good = good
tone-mixed = mixed
tone-poor = poor
mode-coach = coach
mode-assessment = assessment
cite = { $area }, harm { $number }, p. { $page }
cite-no-page = { $area }, harm { $number }

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

## Command line: `play` in the terminal

play-content-notes = Content notes: { $notes }
play-keys = Type the number of a choice and press Enter. b = back one decision, q = quit.
play-back = -- Back to an earlier decision --
play-meters = (trust { $trust }, safety { $safety }, wellbeing { $wellbeing })
play-first-decision = This is the first decision.
play-coach = Coach: { $text }
play-not-open = Choice { $number } is not open here; the open choices are { $open }.
play-type-a-number = Type a choice number, b or q.
play-line-too-long = That line is too long. Type the number of a choice and press Enter.
play-line-not-text = That line is not valid text (UTF-8). Type the number of a choice and press Enter.
play-stopped = Stopped.
play-replay = Replay this run with: { $command }
