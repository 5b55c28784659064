//! What is kept on the user's disk: safe file writing and the data folder
//! ([`files`]), and the trainee's progress and settings ([`progress`]).

pub mod files;
pub mod progress;
